// Generates core/src/main/resources/dev/heaplab/core/fmt/escaped-ranges.txt: the code point ranges that `{:?}` of a one-char
// str prints as `\u{…}` (non-printable or grapheme-extending), one `lo hi` hex pair per line.
fn main() {
    let mut start: Option<u32> = None;
    for cp in 0..=0x110000u32 {
        let escaped = char::from_u32(cp).map(|c| format!("{:?}", c.to_string()).starts_with("\"\\u{")).unwrap_or(false);
        match (escaped, start) {
            (true, None) => start = Some(cp),
            (false, Some(s)) => { println!("{:x} {:x}", s, cp - 1); start = None; }
            _ => {}
        }
    }
}
