// u128 addition past u128::MAX panics in a debug build with rustc's message.
fn grow(x: u128, steps: u32) -> u128 {
    let mut v = x;
    for _ in 0..steps {
        v = v + v / 2 + 1;
        println!("{v}");
    }
    v
}

fn main() {
    grow(u128::MAX / 4, 10);
}
