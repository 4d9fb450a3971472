// Boxed closures stored in a Vec and called in order.
fn main() {
    let offset = 10;
    let ops: Vec<(&str, Box<dyn Fn(i32) -> i32>)> = vec![
        ("double", Box::new(|x| x * 2)),
        ("offset", Box::new(move |x| x + offset)),
        ("square", Box::new(|x| x * x)),
    ];
    let mut v = 3;
    for (name, op) in &ops {
        v = op(v);
        println!("{name}: {v}");
    }
}
