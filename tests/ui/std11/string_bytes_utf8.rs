// Bytes and UTF-8: as_bytes, from_utf8 (ok and error), from_utf8_lossy, into_bytes, byte strings.
fn main() {
    let s = String::from("héllo");
    let b = s.as_bytes();
    println!("{:?} {}", b, b.len());
    let v: Vec<u8> = vec![72, 105, 33];
    let owned = String::from_utf8(v).unwrap();
    println!("{}", owned);
    let bad = vec![0x66, 0x6f, 0xff, 0x6f];
    match String::from_utf8(bad) {
        Ok(s) => println!("ok {}", s),
        Err(e) => {
            println!("error: {}", e);
            println!("valid up to {}", e.utf8_error().valid_up_to());
            let back = e.into_bytes();
            println!("bytes back {:?}", back);
        }
    }
    match std::str::from_utf8(&[0xe2, 0x82]) {
        Ok(s) => println!("ok {}", s),
        Err(e) => println!("error: {} / {:?}", e, e),
    }
    let ok = std::str::from_utf8(b"plain").unwrap();
    println!("{}", ok);
    let lossy = String::from_utf8_lossy(&[0x61, 0xff, 0x62]);
    println!("{}", lossy);
    let bytes = owned.into_bytes();
    println!("{:?}", bytes);
    let bs = b"abc\n";
    println!("{:?} {}", bs, bs.len());
    let upper: Vec<u8> = b"mixed Case".iter().map(|b| b.to_ascii_uppercase()).collect();
    println!("{}", String::from_utf8(upper).unwrap());
    println!("{}", b'a'.is_ascii_lowercase());
    let count = "a,b,c".bytes().filter(|&b| b == b',').count();
    println!("commas {}", count);
    let chars: Vec<char> = "hé".chars().collect();
    let back: String = chars.iter().collect();
    println!("{:?} {}", chars, back);
    let from_chars = String::from_iter(['o', 'k']);
    println!("{}", from_chars);
    let mut buf = [0u8; 4];
    let enc = 'é'.encode_utf8(&mut buf);
    println!("{} {}", enc, enc.len());
    println!("{}", String::from_utf8(vec![]).unwrap().is_empty());
}
