// ==, < and cmp on Rc, Arc and Box compare what they point to (not the counts), as std's forwarding impls.
use std::rc::Rc;
use std::sync::Arc;
fn main() {
    let a = Rc::new(String::from("x"));
    let b = Rc::new(String::from("x"));
    println!("{} {}", a == b, a != b);
    let c = Rc::new(5);
    let d = Rc::new(6);
    println!("{} {} {:?} {:?}", c == d, c < d, c.cmp(&d), c.partial_cmp(&d));
    let e = Box::new(String::from("y"));
    let f = Box::new(String::from("z"));
    println!("{} {} {:?}", e == f, e < f, e.cmp(&f));
    let g = Arc::new(vec![1]);
    let h = Arc::new(vec![1, 0]);
    println!("{} {}", g == h, g < h);
    let mut rs = vec![Rc::new(3), Rc::new(1), Rc::new(2)];
    rs.sort();
    println!("{:?} {:?}", rs, rs.iter().max());
    let vs = vec![Box::new(2), Box::new(1)];
    println!("{:?}", vs.iter().min());
    let opt = Some(Rc::new(1)) == Some(Rc::new(1));
    println!("{}", opt);
}
