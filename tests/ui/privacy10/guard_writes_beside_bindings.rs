// Guards may write a field beside the bound ones, or the scrutinee when nothing tests or binds it
fn main() {
    let mut v = (1, 2);
    match v {
        (x, _) if { v.1 = 5; x > 0 } => println!("{}", x),
        _ => {}
    }
    let mut w = 3;
    match w {
        _ if { w = 4; true } => println!("{}", w),
        _ => {}
    }
    let mut s = Some(String::from("a"));
    let mut count = 0;
    match s {
        Some(ref t) if { count += 1; t.len() == 1 } => println!("{} {}", t, count),
        _ => {}
    }
    s = None;
    println!("{:?} {:?} {}", v, s, w);
}
