fn main() {
    let x = match 1 {
        1 => "a",
        _ => 2,
    };
    let y: i32 = if true {
        1
    };
    let z = vec![1];
    let w: u8 = z.len();
}

fn g(a: i32) -> i32 {
    for i in 0..a {
        if i > 2 {
            return i;
        }
    }
}
