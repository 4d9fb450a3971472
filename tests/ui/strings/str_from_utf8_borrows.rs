// std::str::from_utf8 borrows valid bytes as a &str (no allocation) and reports where invalid ones fail.
use std::str;

fn show(bytes: &[u8]) {
    match str::from_utf8(bytes) {
        Ok(s) => println!("ok {:?} ({} bytes)", s, s.len()),
        Err(e) => println!("err valid_up_to={} error_len={:?}: {}", e.valid_up_to(), e.error_len(), e),
    }
}

fn main() {
    show(b"plain ascii");
    show("caf\u{e9} \u{1f980}".as_bytes());
    show(&[0x68, 0x69, 0xff, 0x21]);
    show(&[0x61, 0xe2, 0x82]);
    show(&[0xc3, 0x28, 0x41]);
    show(&[0xf0, 0x9f, 0xa6, 0x80, 0xed, 0xa0, 0x80]);
    show(&[]);
    let line = b"key=value";
    let text = std::str::from_utf8(&line[..3]).unwrap();
    let rest: Vec<&str> = line.split(|b| *b == b'=').map(|p| str::from_utf8(p).unwrap_or("?")).collect();
    println!("{} {:?}", text, rest);
    let owned = String::from_utf8(line.to_vec()).unwrap();
    println!("{}", owned);
}
