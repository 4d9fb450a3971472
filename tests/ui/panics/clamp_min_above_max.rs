// The integers' clamp asserts min <= max at the caller's line (#[track_caller]), showing the bounds.
fn main() {
    let x: i32 = 7;
    let limits = [(0, 10), (5, 8), (9, 3)];
    for (lo, hi) in limits {
        println!("{}", x.clamp(lo, hi));
    }
}
