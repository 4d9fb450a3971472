// Two closures boxed as `dyn Fn` in one Vec.
fn main() {
    let k = 3;
    let v: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1), Box::new(move |x| x * k)];
    for f in &v { println!("{}", f(2)); }
}
