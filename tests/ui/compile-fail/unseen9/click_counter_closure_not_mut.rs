//@ compile-fail
// A closure that increments a captured counter is bound without mut and then called.
fn main() {
    let mut clicks = 0;
    let on_click = || clicks += 1; //~ ERROR E0596
    on_click();
    on_click();
    println!("{} clicks", clicks);
}
