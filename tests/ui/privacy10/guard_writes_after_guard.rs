// Writes through a `ref mut` binding in the arm's body, and mutation of a value the scrutinee only copied, in a guard
fn main() {
    let mut v = Some(1);
    match v {
        Some(ref mut x) if *x > 0 => {
            *x += 1;
            println!("{}", x)
        }
        _ => {}
    }
    let mut w = vec![1];
    match w.len() {
        n if { w.push(1); n > 0 } => println!("{}", n),
        _ => {}
    }
    println!("{:?} {:?}", v, w);
}
