// `-x` on i8::MIN in a function already called hundreds of times panics with "attempt to negate with overflow".
fn neg(x: i8) -> i8 {
    -x
}

fn main() {
    let mut total = 0i64;
    for i in 0..300i32 {
        total += neg((i % 200 - 100) as i8) as i64;
    }
    println!("{}", total);
    let mut v = -100i8;
    loop {
        total += neg(v) as i64;
        if v == i8::MIN {
            break;
        }
        v -= 1;
    }
    println!("{}", total);
}
