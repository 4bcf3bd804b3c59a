//! The shared storage suite against the in-memory backend (host).
#![cfg(not(target_arch = "wasm32"))]

use buurtwijzer::storage::{conformance, MemoryBackend, Storage};

macro_rules! case {
    ($name:ident) => {
        #[test]
        fn $name() {
            pollster::block_on(conformance::$name(Storage::new(MemoryBackend::new())));
        }
    };
}

buurtwijzer::for_each_storage_check!(case);
