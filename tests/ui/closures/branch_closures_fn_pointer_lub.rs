// two different closures or functions as the arms of an if/else or a match: their least upper bound is a function pointer
fn inc(x: i32) -> i32 { x + 1 }
fn dec(x: i32) -> i32 { x - 1 }

fn pick(n: u8) -> fn(i32) -> i32 {
    let f = match n {
        0 => |x: i32| x * 2,
        1 => |x: i32| x * 3,
        _ => |x| x,
    };
    f
}

fn main() {
    let up = true;
    let f = if up { |x: i32| x + 1 } else { |x: i32| x - 1 };
    println!("{}", f(1));
    let g = if !up { inc } else { dec };
    println!("{}", g(10));
    let h = if up { inc } else { |x| x * 10 };
    println!("{}", h(5));
    let ops = [pick(0), pick(1), pick(2)];
    println!("{:?}", ops.iter().map(|op| op(7)).collect::<Vec<_>>());
    let k = match up { true => dec, false => inc };
    println!("{}", k(0));
}
