// Two closures as the arms of an if/else (E0308).
fn main() {
    let up = true;
    let f = if up { |x: i32| x + 1 } else { |x: i32| x - 1 };
    println!("{}", f(1));
}
