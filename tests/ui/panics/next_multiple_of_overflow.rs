// u8::next_multiple_of past u8::MAX panics inside std (a std-internal location, not the caller's line).
fn main() {
    let mut size: u8 = 200;
    for step in [16u8, 25, 60, 100] {
        size = size.next_multiple_of(step);
        println!("rounded to {}", size);
        size += 1;
    }
}
