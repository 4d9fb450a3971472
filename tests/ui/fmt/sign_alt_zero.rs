// The + sign flag, # alternate forms and 0 padding for numbers.
fn main() {
    println!("{:+} {:+} {:+}", 5, -5, 0);
    println!("{:+.2}", 3.14159);
    println!("{:05} {:05} {:+05}", 42, -42, 42);
    println!("{:08.3}", -1.5);
    println!("{:x} {:X} {:o} {:b}", 255, 255, 8, 5);
    println!("{:#x} {:#X} {:#o} {:#b}", 255, 255, 8, 5);
    println!("{:#010x} {:#06b}", 255, 5);
    println!("{:e} {:E}", 1234.5, 0.00012);
    println!("{:x}", -1i8);
    println!("{:b}", -2i16);
}
