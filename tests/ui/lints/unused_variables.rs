// rustc's liveness lints: unused variables, and values assigned but never read.
struct P {
    x: i32,
    y: i32,
}

fn param(mut r: i32, unused_p: i32) -> i32 {
    r = 5;
    r
}

fn first_word(s: &str) -> &str {
    let mut end = 0;
    for (i, c) in s.char_indices() {
        if c == ' ' {
            end = i;
            break;
        }
        end = i + 1;
    }
    &s[..end]
}

fn main() {
    let a = 1;
    let mut b = 2;
    b = 3;
    println!("{b}");
    let mut c = 0;
    c = 4;
    let d;
    d = 5;
    let e = String::from("x");
    let f = e.len();
    let p = P { x: 1, y: 2 };
    let P { x, y } = p;
    println!("{x}");
    let mut g = 1;
    g += 1;
    let h = 10;
    let k = move || h;
    let mut count = 0;
    for i in 0..3 {
        count = i;
    }
    if let Some(v) = Some(3) {}
    match Some(2) {
        Some(w) => {}
        None => {}
    }
    let mut last = 0;
    loop {
        last = 1;
        break;
    }
    let mut n = 0;
    n = n + 1;
    let mut s = String::from("old");
    s = String::from("new");
    let t;
    if a > 0 {
        t = "pos";
    } else {
        t = "neg";
    }
    println!("{t}");
    let mut total = 0;
    let mut add = |v: i32| total += v;
    add(2);
    println!("{}", total);
    let (q, z) = (1, 2);
    println!("{q}");
    println!("{} {}", param(1, 2), first_word("hello world"));
}
