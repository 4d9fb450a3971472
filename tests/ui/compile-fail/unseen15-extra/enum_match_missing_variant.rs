//@ compile-fail
// a match on an instruction enum forgets one variant
enum Op {
    Noop,
    Addx(i32),
    Mulx(i32),
}

fn apply(x: i32, op: &Op) -> i32 {
    match op { //~ ERROR E0004
        Op::Noop => x,
        Op::Addx(v) => x + v,
    }
}

fn main() {
    let ops = [Op::Noop, Op::Addx(3), Op::Mulx(2)];
    println!("{}", ops.iter().fold(1, apply));
}
