// String::from_utf8_lossy: borrowed when valid, owned with U+FFFD otherwise; Cow's Display, Debug, deref, into_owned, to_mut.
use std::borrow::Cow;
fn describe(c: &Cow<str>) -> &'static str {
    match c {
        Cow::Borrowed(_) => "borrowed",
        Cow::Owned(_) => "owned",
    }
}
fn main() {
    let good = String::from_utf8_lossy(b"hello");
    println!("{good} {} {}", describe(&good), good.len());
    let bad = String::from_utf8_lossy(&[b'a', 0xff, 0xfe, b'b', 0xe2, 0x82]);
    println!("{bad} {:?} {} {}", bad, describe(&bad), bad.chars().count());
    let trunc = String::from_utf8_lossy(&[0xf0, 0x9f, 0x92, b'!', 0xed, 0xa0, 0x80, 0xc0]);
    println!("{trunc:?} {}", trunc.len());
    let empty = String::from_utf8_lossy(&[]);
    println!("[{empty}] {}", describe(&empty));
    let owned: String = bad.into_owned();
    let copied = good.clone().into_owned();
    println!("{owned} {copied} {}", copied.capacity());
    let mut c = String::from_utf8_lossy(b"abc");
    c.to_mut().push_str("def");
    println!("{c} {} {}", describe(&c), c.to_uppercase());
    let bytes = vec![b'x'; 20];
    let many = String::from_utf8_lossy(&bytes);
    println!("{} {}", many.starts_with("xx"), describe(&many));
    let mut noisy = Vec::new();
    for i in 0..6u8 { noisy.push(0x80 + i); noisy.push(b'a' + i); }
    let fixed = String::from_utf8_lossy(&noisy);
    println!("{fixed} {}", fixed.len());
}
