//@ compile-fail
// The function's last expression ends with a semicolon, so it returns () instead of the area.
fn area(w: u32, h: u32) -> u32 { //~ ERROR E0308
    w * h;
}

fn main() {
    println!("{}", area(3, 4));
}
