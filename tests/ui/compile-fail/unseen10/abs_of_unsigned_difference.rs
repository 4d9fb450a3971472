//@ compile-fail
// The spread of two u32 temperatures is computed with abs(), which unsigned integers do not have.
fn main() {
    let temps: [u32; 4] = [12, 17, 9, 21];
    let mut spread = 0;
    for w in temps.windows(2) {
        let d = (w[1] - w[0]).abs(); //~ ERROR E0599
        spread = spread.max(d);
    }
    println!("{}", spread);
}
