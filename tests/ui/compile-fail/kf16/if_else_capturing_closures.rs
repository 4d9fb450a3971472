//@ compile-fail
// Two closures as `if`/`else` branches, one capturing a local: no fn pointer joins them (E0308).
fn main() {
    let step = 5;
    let up = true;
    let f = if up { |x: i32| x + step } else { |x: i32| x - 1 }; //~ ERROR E0308
    println!("{}", f(1));
}
