// panic! with a formatted message.
fn check(level: u32) {
    if level > 3 {
        panic!("level {level} is too high (max {})", 3);
    }
    println!("level {level} ok");
}

fn main() {
    for l in 1..10 {
        check(l);
    }
}
