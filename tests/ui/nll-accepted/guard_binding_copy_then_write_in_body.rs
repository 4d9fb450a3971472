// A guard's binding borrows the scrutinee only while the guard runs: the arm's body may write it, and a guard may write other fields.
struct P {
    a: Option<i32>,
    b: i32,
}

fn main() {
    let mut x = 5;
    let mut log = Vec::new();
    match x {
        n if n > 3 => {
            x = 6;
            log.push(n);
        }
        n if {
            log.push(n);
            n > 100
        } => {}
        _ => {}
    }
    let mut p = P { a: Some(1), b: 2 };
    match p.a {
        Some(v) if {
            p.b = 5;
            v > 0
        } => println!("{}", v),
        _ => {}
    }
    let mut v = vec![1, 2];
    let r = &mut v;
    match r.len() {
        2 if {
            r.push(3);
            true
        } => println!("two"),
        _ => {}
    }
    let y = Some(String::from("s"));
    match y {
        Some(s) if !s.is_empty() => println!("{}", s),
        _ => {}
    }
    println!("{} {:?} {} {:?}", x, log, p.b, v);
}
