// `&100` and `&10` are promoted to 'static, so the reference outlives the if expression.
fn limit(big: bool) -> &'static u32 {
    if big { &100 } else { &10 }
}

fn main() {
    let r: &u32;
    {
        r = &7;
    }
    println!("{} {} {}", limit(true), limit(false), r);
}
