// A loan amortization schedule in f64: monthly payment formula, a table of rows, totals and an early payoff.
#[derive(Debug)]
struct Row {
    month: u32,
    payment: f64,
    interest: f64,
    principal: f64,
    balance: f64,
}

fn monthly_payment(principal: f64, annual_rate: f64, months: u32) -> f64 {
    let r = annual_rate / 12.0;
    if r == 0.0 {
        return principal / months as f64;
    }
    principal * r / (1.0 - (1.0 + r).powi(-(months as i32)))
}

fn schedule(principal: f64, annual_rate: f64, months: u32, extra: f64) -> Vec<Row> {
    let pay = monthly_payment(principal, annual_rate, months);
    let mut balance = principal;
    let mut rows = Vec::new();
    let mut month = 0;
    while balance > 0.005 {
        month += 1;
        let interest = balance * annual_rate / 12.0;
        let mut payment = pay + extra;
        if payment > balance + interest {
            payment = balance + interest;
        }
        let principal_part = payment - interest;
        balance -= principal_part;
        rows.push(Row { month, payment, interest, principal: principal_part, balance: balance.max(0.0) });
    }
    rows
}

fn main() {
    let plain = schedule(12_000.0, 0.06, 12, 0.0);
    println!("{:>5} {:>10} {:>9} {:>10} {:>10}", "month", "payment", "interest", "principal", "balance");
    for r in &plain {
        println!("{:>5} {:>10.2} {:>9.2} {:>10.2} {:>10.2}", r.month, r.payment, r.interest, r.principal, r.balance);
    }
    let interest: f64 = plain.iter().map(|r| r.interest).sum();
    println!("total interest {:.2}", interest);

    let faster = schedule(12_000.0, 0.06, 12, 500.0);
    let faster_interest: f64 = faster.iter().map(|r| r.interest).sum();
    println!("with 500 extra: {} months, interest {:.2}, saved {:.2}", faster.len(), faster_interest, interest - faster_interest);
    println!("last row {:?}", faster.last().map(|r| (r.month, (r.payment * 100.0).round() / 100.0)));
    println!("zero rate payment {:.4}", monthly_payment(1000.0, 0.0, 3));
    println!("30y mortgage {:.2}", monthly_payment(250_000.0, 0.045, 360));
}
