// Result combinators: ok(), err(), map_err, and_then, unwrap_or_else, or_else, is_ok_and, transpose, iter, unwrap_or_default.
#[derive(Debug)]
enum MathError {
    DivByZero,
    Negative(i64),
}

fn div(a: i64, b: i64) -> Result<i64, MathError> {
    if b == 0 { Err(MathError::DivByZero) } else { Ok(a / b) }
}

fn root(x: i64) -> Result<i64, MathError> {
    if x < 0 { Err(MathError::Negative(x)) } else { Ok((x as f64).sqrt() as i64) }
}

fn main() {
    let good = div(100, 4);
    let bad = div(1, 0);
    println!("{:?} {:?}", good, bad);
    println!("{:?} {:?}", good.as_ref().ok(), bad.as_ref().err());
    println!("{:?}", div(-50, 2).and_then(root));
    println!("{:?}", div(64, 1).and_then(root).map(|r| r * 10));
    let msg = bad.map_err(|e| format!("failed: {:?}", e));
    println!("{:?}", msg);
    println!("{}", div(7, 0).unwrap_or_else(|e| match e {
        MathError::DivByZero => -1,
        MathError::Negative(n) => n,
    }));
    println!("{:?}", div(7, 0).or_else(|_| div(7, 1)));
    println!("{} {}", div(9, 3).is_ok_and(|v| v == 3), div(9, 0).is_err_and(|e| matches!(e, MathError::DivByZero)));
    println!("{} {}", div(9, 0).unwrap_or_default(), div(9, 0).unwrap_or(5));
    println!("{}", div(9, 3).map_or(0, |v| v + 1));
    println!("{}", div(9, 0).map_or_else(|e| format!("{:?}", e), |v| v.to_string()));
    let r: Result<Option<i32>, String> = Ok(Some(5));
    println!("{:?}", r.transpose());
    let results = vec![div(10, 2), div(1, 0), div(9, 3), root(-4)];
    let oks: Vec<i64> = results.iter().filter_map(|r| r.as_ref().ok()).copied().collect();
    println!("{:?}", oks);
    let (ok, err): (Vec<_>, Vec<_>) = results.into_iter().partition(|r| r.is_ok());
    println!("{} ok, {} err", ok.len(), err.len());
    let errs: Vec<MathError> = err.into_iter().map(Result::unwrap_err).collect();
    println!("{:?}", errs);
    let collected: Result<Vec<i64>, MathError> = [4, 9, 16].iter().map(|&x| root(x)).collect();
    println!("{:?}", collected);
    let failed: Result<Vec<i64>, MathError> = [4, -9, -16].iter().map(|&x| root(x)).collect();
    println!("{:?}", failed);
    let sum: Result<i64, MathError> = [1, 2, 3].iter().map(|&x| div(12, x)).sum();
    println!("{:?}", sum);
    for v in div(8, 2).iter() {
        println!("iter {}", v);
    }
    let e: Result<u8, u8> = Err(3);
    println!("{:?} {:?}", e.and(Ok::<u8, u8>(1)), e.or(Ok::<u8, u8>(1)));
    println!("{}", div(5, 5).expect("no error"));
    let flat: Result<Result<i32, String>, String> = Ok(Err("inner".to_string()));
    println!("{:?}", flat.and_then(|x| x));
    println!("{:?}", div(3, 1).copied_like());
}

trait CopiedLike {
    fn copied_like(&self) -> Option<i64>;
}

impl CopiedLike for Result<i64, MathError> {
    fn copied_like(&self) -> Option<i64> {
        self.as_ref().ok().copied()
    }
}
