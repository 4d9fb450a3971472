// String::from_utf8 errors: Display and Debug of FromUtf8Error, utf8_error(), into_bytes(), str::is_ascii, char::from_digit.
fn show(bytes: Vec<u8>) {
    match String::from_utf8(bytes) {
        Ok(s) => println!("ok {:?} ascii {}", s, s.is_ascii()),
        Err(e) => {
            let u = e.utf8_error();
            println!("{e} | valid_up_to {} error_len {:?}", u.valid_up_to(), u.error_len());
            println!("{:?}", e);
            let back = e.into_bytes();
            println!("got back {} bytes", back.len());
        }
    }
}

fn main() {
    show(vec![72, 105]);
    show("héllo".as_bytes().to_vec());
    show(vec![0x41, 0xff, 0x42]);
    show(vec![0x41, 0xC3]);
    show(vec![0xE2, 0x82, 0x41]);
    show(vec![0xED, 0xA0, 0x80]);
    show(vec![0xF0, 0x9F, 0x98]);
    show(vec![0xF4, 0x90, 0x80, 0x80]);
    show(vec![0xC0, 0x80]);
    for (n, radix) in [(7, 10), (11, 16), (10, 10), (35, 36)] {
        println!("{:?} {:?}", std::char::from_digit(n, radix), char::from_digit(n, radix));
    }
    println!("{:?}", std::char::from_u32(0x41));
}
