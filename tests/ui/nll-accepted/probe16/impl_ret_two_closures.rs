// Two non-capturing closures returned as impl Fn: both coerce to one fn pointer, which rustc accepts.
fn op(add: bool) -> impl Fn(i32) -> i32 {
    if add { |x| x + 1 } else { |x| x - 1 }
}
fn main() { println!("{}", op(true)(1)); }
