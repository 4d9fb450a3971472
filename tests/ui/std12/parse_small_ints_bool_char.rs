// parse::<i8>/<u8>/<u64>/<bool>/<char>: overflow kinds, signs, empty input; errors with {:?}, Display and kind().
use std::num::IntErrorKind;

fn main() {
    for s in ["127", "128", "-128", "-129", "+5", "-", "+", "", " 1", "1 ", "0x1", "٣", "007"] {
        match s.parse::<i8>() {
            Ok(v) => println!("i8 {:?} -> {}", s, v),
            Err(e) => {
                let kind = match e.kind() {
                    IntErrorKind::Empty => "empty",
                    IntErrorKind::InvalidDigit => "invalid",
                    IntErrorKind::PosOverflow => "pos-overflow",
                    IntErrorKind::NegOverflow => "neg-overflow",
                    _ => "other",
                };
                println!("i8 {:?} -> {} / {:?} / {}", s, kind, e, e);
            }
        }
    }
    println!("{:?} {:?}", "-1".parse::<u8>(), "256".parse::<u8>());
    println!("{:?}", "18446744073709551615".parse::<u64>());
    println!("{:?}", "18446744073709551616".parse::<u64>().map_err(|e| e.to_string()));
    for s in ["true", "false", "True", "1", ""] {
        match s.parse::<bool>() {
            Ok(b) => println!("bool {:?} -> {}", s, b),
            Err(e) => println!("bool {:?} -> {:?} {}", s, e, e),
        }
    }
    for s in ["a", "é", "ab", ""] {
        match s.parse::<char>() {
            Ok(c) => println!("char {:?} -> {:?}", s, c),
            Err(e) => println!("char {:?} -> {:?} {}", s, e, e),
        }
    }
    let parsed: Vec<i32> = "3,-1,x,7".split(',').flat_map(|t| t.parse()).collect();
    println!("{:?}", parsed);
    let s: String = "word".parse().unwrap();
    println!("{} cap {}", s, s.capacity());
    println!("{:?}", i64::from_str_radix("-7f", 16));
    println!("{:?}", u8::from_str_radix("102", 2).map_err(|e| e.to_string()));
}
