//@ compile-fail
// The items hold only `'static` data, but the returned iterator itself holds the closure and its borrow.
struct Line {
    name: &'static str,
    amount: f64,
}

fn scaled(lines: &[Line], by: u32) -> impl Iterator<Item = Line> + '_ {
    let factor = by as f64;
    lines.iter().map(|l| Line { name: l.name, amount: l.amount * factor }) //~ ERROR E0373
}

fn main() {
    let lines = vec![Line { name: "a", amount: 1.0 }];
    println!("{}", scaled(&lines, 2).count());
}
