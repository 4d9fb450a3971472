// Parses bank statement lines into transactions; main returns Result and stops with Err on a malformed line.
use std::fmt;

#[derive(Debug)]
enum Kind {
    Deposit,
    Withdrawal,
    Fee,
}

#[derive(Debug)]
struct Txn {
    day: u32,
    kind: Kind,
    cents: i64,
}

#[derive(Debug)]
enum StatementError {
    MissingField(usize),
    BadAmount(usize, String),
    UnknownKind(usize, String),
}

impl fmt::Display for StatementError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            StatementError::MissingField(line) => write!(f, "line {}: missing field", line),
            StatementError::BadAmount(line, s) => write!(f, "line {}: bad amount {:?}", line, s),
            StatementError::UnknownKind(line, s) => write!(f, "line {}: unknown kind {}", line, s),
        }
    }
}

fn parse_cents(line: usize, s: &str) -> Result<i64, StatementError> {
    let (whole, frac) = s.split_once('.').ok_or(StatementError::BadAmount(line, s.to_string()))?;
    let w: i64 = whole.parse().map_err(|_| StatementError::BadAmount(line, s.to_string()))?;
    let f: i64 = frac.parse().map_err(|_| StatementError::BadAmount(line, s.to_string()))?;
    if frac.len() != 2 {
        return Err(StatementError::BadAmount(line, s.to_string()));
    }
    Ok(w * 100 + f)
}

fn parse_line(n: usize, line: &str) -> Result<Txn, StatementError> {
    let mut parts = line.split(',').map(|p| p.trim());
    let day = parts.next().ok_or(StatementError::MissingField(n))?;
    let kind = parts.next().ok_or(StatementError::MissingField(n))?;
    let amount = parts.next().ok_or(StatementError::MissingField(n))?;
    let day: u32 = day.parse().map_err(|_| StatementError::MissingField(n))?;
    let kind = match kind {
        "dep" => Kind::Deposit,
        "wd" => Kind::Withdrawal,
        "fee" => Kind::Fee,
        other => return Err(StatementError::UnknownKind(n, other.to_string())),
    };
    Ok(Txn { day, kind, cents: parse_cents(n, amount)? })
}

fn money(c: i64) -> String {
    let sign = if c < 0 { "-" } else { "" };
    format!("{}{}.{:02}", sign, c.abs() / 100, c.abs() % 100)
}

fn main() -> Result<(), StatementError> {
    let statement = "1, dep, 1200.00\n3, wd, 45.50\n3, fee, 2.00\n7, wd, 310.25\n9, dep, 80.05\n12, wd, 19.9\n15, dep, 5.00";
    let mut balance = 0i64;
    for (i, line) in statement.lines().enumerate() {
        let txn = parse_line(i + 1, line)?;
        let delta = match txn.kind {
            Kind::Deposit => txn.cents,
            Kind::Withdrawal | Kind::Fee => -txn.cents,
        };
        balance += delta;
        println!("day {:>2} {:<10} {:>9} balance {:>9}", txn.day, format!("{:?}", txn.kind), money(delta), money(balance));
    }
    println!("closing balance {}", money(balance));
    Ok(())
}
