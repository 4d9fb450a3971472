// Casts between numeric types, bool/char to integers.
fn main() {
    let b = true;
    let c = 'a';
    let f = 3.9f64;
    println!("{} {} {} {}", b as i32, c as u8, f as i32, -1i32 as u32);
}
