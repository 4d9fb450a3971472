//@ compile-fail
// A visitor takes F: Fn, and the closure given to it increments a captured counter.
fn visit_all<F: Fn(u32)>(items: &[u32], f: F) {
    for &i in items {
        f(i);
    }
}

fn main() {
    let mut big = 0;
    visit_all(&[4, 12, 30, 7], |x| {
        if x > 10 {
            big += 1; //~ ERROR E0594
        }
    });
    println!("{}", big);
}
