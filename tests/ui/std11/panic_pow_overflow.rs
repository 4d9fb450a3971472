// An integer pow that overflows in a debug build panics with rustc's message and line.
fn grow(base: u32, exp: u32) -> u32 {
    base.pow(exp)
}

fn main() {
    let mut results = Vec::new();
    for e in [2, 10, 20] {
        let v = grow(3, e);
        results.push(v);
        println!("3^{} = {}", e, v);
    }
    println!("{:?}", 3u32.checked_pow(21));
    let last = grow(3, 21);
    println!("unreachable {} {:?}", last, results);
}
