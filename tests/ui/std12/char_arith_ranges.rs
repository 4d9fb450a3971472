// char conversions and ranges: u8 as char, char::from, u32::from, char::try_from, ranges reversed and stepped.
use std::convert::TryFrom;

fn main() {
    let letters: String = ('a'..='z').step_by(5).collect();
    println!("{}", letters);
    let back: String = ('a'..'f').rev().collect();
    println!("{} cap {}", back, back.capacity());
    println!("{}", ('A'..='Z').count());
    println!("{:?}", ('x'..='z').zip(1..).collect::<Vec<_>>());
    for b in [0x41u8, 0x7a, 0xe9, 0x30] {
        let c = char::from(b);
        println!("{} -> {:?} ({})", b, c, u32::from(c));
    }
    for n in [65u32, 0xd800, 0x1f980, 0x110000] {
        match char::try_from(n) {
            Ok(c) => println!("ok {}", c),
            Err(e) => println!("err {}", e),
        }
    }
    let r: Result<u8, _> = u8::try_from('é');
    println!("{:?}", r.is_err());
    let r2 = u8::try_from('A');
    println!("{:?}", r2);
    let digits: Vec<u32> = "4096".chars().map(|c| c as u32 - '0' as u32).collect();
    println!("{:?}", digits);
    let next = |c: char| char::from_u32(c as u32 + 1).unwrap_or(c);
    println!("{} {} {}", next('a'), next('y'), next('9'));
    let shifted: String = "Hello".chars().map(|c| if c.is_ascii_lowercase() { (b'a' + (c as u8 - b'a' + 13) % 26) as char } else { c }).collect();
    println!("{}", shifted);
    println!("{}", ('a'..='e').map(|c| c.to_string()).collect::<Vec<_>>().join(","));
    println!("{:?}", ('a'..'a').next());
    println!("{:?} {:?}", ('a'..='c').last(), ('a'..='c').nth(1));
    println!("{}", 'b' as u8 - b'a');
    println!("{}", std::char::from_u32(0x263A).map_or(String::from("?"), |c| c.to_string()));
}
