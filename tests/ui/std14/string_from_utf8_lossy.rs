// String::from_utf8 success and failure (utf8_error, into_bytes), from_utf8_lossy borrowed vs owned, into_bytes and str::from_utf8 valid_up_to.
use std::borrow::Cow;

fn main() {
    let good = vec![104u8, 195, 169, 108, 108, 111];
    let s = String::from_utf8(good).unwrap();
    println!("{} len {} cap {}", s, s.len(), s.capacity());
    let bad = vec![b'a', 0xff, b'b', 0xc3];
    match String::from_utf8(bad) {
        Ok(s) => println!("ok {}", s),
        Err(e) => {
            println!("err: {} valid_up_to {}", e, e.utf8_error().valid_up_to());
            let back = e.into_bytes();
            println!("{:?}", back);
        }
    }
    let ok_bytes = b"plain ascii";
    let cow = String::from_utf8_lossy(ok_bytes);
    println!("{} borrowed {}", cow, matches!(cow, Cow::Borrowed(_)));
    let bad2 = [b'x', 0x80, b'y', 0xe2, 0x82];
    let cow2 = String::from_utf8_lossy(&bad2);
    println!("{} borrowed {} len {}", cow2, matches!(cow2, Cow::Borrowed(_)), cow2.len());
    let owned: String = cow2.into_owned();
    println!("{:?}", owned);
    let bytes = String::from("héllo").into_bytes();
    println!("{:?} cap {}", bytes, bytes.capacity());
    match std::str::from_utf8(&bytes[..2]) {
        Ok(s) => println!("ok {}", s),
        Err(e) => println!("{} {} {:?}", e, e.valid_up_to(), e.error_len()),
    }
    println!("{:?}", std::str::from_utf8(&bytes[..3]));
    let v: Vec<char> = String::from_utf8_lossy(&[0xf0, 0x9f, 0x98, 0x80, 0xf0]).chars().collect();
    println!("{:?}", v);
}
