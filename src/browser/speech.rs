//! The browser's speech synthesis, and reading the text of a part of the page into
//! [`Part`]s for `domain::speech`.

use crate::domain::speech::{voice_speaks, Part};
use wasm_bindgen::prelude::*;
use web_sys::{Element, Node, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

fn synthesis() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// The voices the device has now (the list may fill in later: `voiceschanged`).
fn voices() -> Vec<SpeechSynthesisVoice> {
    synthesis()
        .map(|s| {
            s.get_voices()
                .iter()
                // Unchecked: some engines (and test doubles) hand out plain objects.
                .map(|v| v.unchecked_into())
                .collect()
        })
        .unwrap_or_default()
}

/// A voice for the language `tag`, preferring one installed on the device.
pub fn voice_for(tag: &str) -> Option<SpeechSynthesisVoice> {
    let mut matching: Vec<_> = voices()
        .into_iter()
        .filter(|v| voice_speaks(&v.lang(), tag))
        .collect();
    matching.sort_by_key(|v| !v.local_service());
    matching.into_iter().next()
}

/// Waits (at most `ms`) for the voice list to arrive; browsers fill it in after start.
pub async fn voices_ready(ms: u32) {
    let Some(s) = synthesis() else { return };
    if s.get_voices().length() > 0 {
        return;
    }
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = s.add_event_listener_with_callback("voiceschanged", &resolve);
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Speaks the utterances in order with `voice`, then calls `done` (also when cancelled or
/// failed). Anything still being spoken is cancelled first.
pub fn speak(
    utterances: &[String],
    tag: &str,
    voice: &SpeechSynthesisVoice,
    done: impl FnOnce() + 'static,
) {
    let Some(s) = synthesis() else {
        done();
        return;
    };
    s.cancel();
    let mut done = Some(done);
    let last = utterances.len().saturating_sub(1);
    for (i, text) in utterances.iter().enumerate() {
        let Ok(u) = SpeechSynthesisUtterance::new_with_text(text) else {
            continue;
        };
        u.set_lang(tag);
        u.set_voice(Some(voice));
        if i == last {
            if let Some(done) = done.take() {
                let finish = Closure::once_into_js(done);
                u.set_onend(Some(finish.unchecked_ref()));
                u.set_onerror(Some(finish.unchecked_ref()));
            }
        }
        s.speak(&u);
    }
    if let Some(done) = done {
        done();
    }
}

/// Stops reading.
pub fn cancel() {
    if let Some(s) = synthesis() {
        s.cancel();
    }
}

/// The readable text of `root`: what a sighted reader sees of it in the current language.
/// Controls, pictograms, hidden parts and the interpreter view's second language are left
/// out; elements marked `data-speak="digits"` (phone numbers) are read digit by digit.
pub fn read_parts(root: &Element) -> Vec<Part> {
    let mut parts = Vec::new();
    walk(root, &mut parts);
    parts
}

const SKIPPED: [&str; 10] = [
    "BUTTON", "SELECT", "TEXTAREA", "INPUT", "SCRIPT", "STYLE", "svg", "IMG", "DIALOG", "NAV",
];
const BLOCKS: [&str; 16] = [
    "P",
    "LI",
    "H1",
    "H2",
    "H3",
    "H4",
    "DIV",
    "SECTION",
    "DT",
    "DD",
    "TR",
    "FIGCAPTION",
    "LABEL",
    "UL",
    "TABLE",
    "FIELDSET",
];

fn walk(node: &Node, parts: &mut Vec<Part>) {
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else {
            continue;
        };
        match child.node_type() {
            Node::TEXT_NODE => {
                if let Some(t) = child.text_content() {
                    parts.push(Part::Text(t));
                }
            }
            Node::ELEMENT_NODE => {
                let el: &Element = child.unchecked_ref();
                let tag = el.tag_name();
                if SKIPPED.contains(&tag.as_str())
                    || el.has_attribute("hidden")
                    || el.get_attribute("aria-hidden").as_deref() == Some("true")
                    || el.class_list().contains("second")
                    || el.class_list().contains("no-read")
                {
                    continue;
                }
                if el.get_attribute("data-speak").as_deref() == Some("digits") {
                    parts.push(Part::Digits(el.text_content().unwrap_or_default()));
                    continue;
                }
                let block = BLOCKS.contains(&tag.as_str());
                parts.push(if block { Part::Break } else { Part::Gap });
                walk(&child, parts);
                parts.push(if block { Part::Break } else { Part::Gap });
            }
            _ => {}
        }
    }
}
