// A &mut parameter is reborrowed by each call in a loop and used again afterwards.
fn add_interest(balance: &mut f64, rate: f64) {
    *balance *= 1.0 + rate;
}

fn apply_years(balance: &mut f64, years: u32) {
    for _ in 0..years {
        add_interest(balance, 0.05);
    }
    *balance = (*balance * 100.0).round() / 100.0;
}

fn main() {
    let mut savings = 1000.0;
    let r = &mut savings;
    apply_years(r, 3);
    apply_years(r, 2);
    println!("{}", savings);
}
