// casting fn items and fn pointers: to a fn pointer type, and to an integer (their address)
fn double(x: i32) -> i32 {
    x * 2
}

fn triple(x: i32) -> i32 {
    x * 3
}

fn apply(f: fn(i32) -> i32, v: i32) -> i32 {
    f(v)
}

fn main() {
    let p = double as fn(i32) -> i32;
    println!("{}", p(21));
    println!("{}", apply(triple as fn(i32) -> i32, 5));
    let a = double as usize;
    let b = triple as usize;
    let m = main as usize;
    println!("{} {} {}", a != 0, a != b, m != a);
    let q: fn(i32) -> i32 = double;
    println!("{}", q as usize == a);
    let r: fn(i32) -> i32 = if a > b { double } else { triple };
    println!("{}", r as usize == a || r as usize == b);
    let add_one = |x: i32| x + 1;
    let f = add_one as fn(i32) -> i32;
    println!("{}", f(41));
    let x = 7;
    let px = &x as *const i32;
    println!("{}", px as usize == &x as *const i32 as usize);
}
