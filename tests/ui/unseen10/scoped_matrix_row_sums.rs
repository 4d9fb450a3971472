// Scoped threads borrow rows of a matrix to compute row sums and maxima, then main scales the matrix in place.
//@ no-stats
use std::thread;

fn main() {
    let mut matrix: Vec<Vec<i64>> = (0..6)
        .map(|r| (0..5).map(|c| (r * 7 + c * 3) % 11 - 4).collect())
        .collect();

    let (sums, maxima) = thread::scope(|s| {
        let sum_handle = s.spawn(|| matrix.iter().map(|row| row.iter().sum::<i64>()).collect::<Vec<_>>());
        let max_handle = s.spawn(|| {
            matrix
                .iter()
                .map(|row| *row.iter().max().unwrap())
                .collect::<Vec<_>>()
        });
        (sum_handle.join().unwrap(), max_handle.join().unwrap())
    });

    for (r, row) in matrix.iter().enumerate() {
        println!("{:>3?} sum {:>3} max {:>2}", row, sums[r], maxima[r]);
    }

    thread::scope(|s| {
        for (row, factor) in matrix.iter_mut().zip(sums.iter()) {
            s.spawn(move || {
                for x in row.iter_mut() {
                    *x *= factor.signum();
                }
            });
        }
    });
    let total: i64 = matrix.iter().flatten().sum();
    println!("after sign scaling: total {}", total);
    println!("first row {:?}", matrix[0]);
}
