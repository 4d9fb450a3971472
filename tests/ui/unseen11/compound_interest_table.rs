// A savings plan prints a compound-interest table with width and precision, and finds the doubling year.
struct Plan {
    name: &'static str,
    principal: f64,
    rate_percent: f64,
    yearly_deposit: f64,
}

impl Plan {
    fn balance_after(&self, years: u32) -> f64 {
        let mut b = self.principal;
        for _ in 0..years {
            b = b * (1.0 + self.rate_percent / 100.0) + self.yearly_deposit;
        }
        b
    }

    fn doubling_year(&self) -> Option<u32> {
        (1..=100).find(|&y| self.balance_after(y) >= 2.0 * self.principal)
    }
}

fn print_table(plan: &Plan, years: u32) {
    println!("{} ({}% per year, +{:.0}/year)", plan.name, plan.rate_percent, plan.yearly_deposit);
    println!("{:>4} | {:>12} | {:>10}", "year", "balance", "gain");
    println!("{}", "-".repeat(32));
    let mut prev = plan.principal;
    for y in 1..=years {
        let b = plan.balance_after(y);
        println!("{:>4} | {:>12.2} | {:>+10.2}", y, b, b - prev);
        prev = b;
    }
}

fn main() {
    let plans = [
        Plan { name: "cautious", principal: 1000.0, rate_percent: 2.5, yearly_deposit: 0.0 },
        Plan { name: "steady", principal: 1000.0, rate_percent: 4.0, yearly_deposit: 100.0 },
        Plan { name: "bold", principal: 500.0, rate_percent: 9.5, yearly_deposit: 50.0 },
    ];
    for p in &plans {
        print_table(p, 5);
        match p.doubling_year() {
            Some(y) => println!("doubles in year {}\n", y),
            None => println!("never doubles\n"),
        }
    }
    let best = plans
        .iter()
        .max_by(|a, b| a.balance_after(10).partial_cmp(&b.balance_after(10)).unwrap())
        .unwrap();
    println!("best after 10 years: {} with {:.3}", best.name, best.balance_after(10));
    let total: f64 = plans.iter().map(|p| p.balance_after(10)).sum();
    println!("all plans together: {:10.1}|", total);
}
