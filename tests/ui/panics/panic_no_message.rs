// panic!() without arguments prints "explicit panic".
fn check(ok: bool) {
    if !ok {
        panic!();
    }
    println!("check passed");
}

fn main() {
    check(true);
    println!("about to panic");
    check(false);
}
