// Distinct fn items and closures capturing nothing, as the branches of `if` and `match`, meet at a fn pointer.
fn inc(x: i32) -> i32 {
    x + 1
}

fn dec(x: i32) -> i32 {
    x - 1
}

fn main() {
    let up = true;
    let f = if up { inc } else { dec };
    let g = if !up { |x: i32| x * 2 } else { |x: i32| x * 3 };
    let h = match 2 {
        0 => |x: i32| x,
        1 => |x: i32| -x,
        _ => |x: i32| x * x,
    };
    let k = if up { inc } else { |x: i32| x + 100 };
    println!("{} {} {} {}", f(1), g(2), h(3), k(4));
    let table = [f, g, h, k];
    for t in table {
        print!("{} ", t(10));
    }
    println!();
}
