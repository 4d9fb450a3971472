// Copy types are copied, not moved: integers, tuples of integers and `&T` stay usable.
fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let n = 21;
    let m = double(n);
    println!("{} {}", n, m);
    let p = (1, 2.5, 'c');
    let q = p;
    println!("{:?} {:?}", p, q);
    let s = String::from("shared");
    let r1 = &s;
    let r2 = r1;
    println!("{} {}", r1, r2);
}
