//@ compile-fail
// Constants as patterns cover only their own values: the gap between two ranges bounded by consts is E0004.
const LOW: u8 = 10;
const HIGH: u8 = 200;

fn main() {
    let level: u8 = 42;
    let name = match level { //~ ERROR E0004
        0..=LOW => "low",
        HIGH..=u8::MAX => "high",
    };
    println!("{}", name);
}
