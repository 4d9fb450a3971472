// Lower and upper bounds written by hand, checked against std's binary_search and partition_point on sorted data.
fn lower_bound<T: PartialOrd>(v: &[T], x: &T) -> usize {
    let (mut lo, mut hi) = (0, v.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if v[mid] < *x { lo = mid + 1 } else { hi = mid }
    }
    lo
}

fn upper_bound<T: PartialOrd>(v: &[T], x: &T) -> usize {
    let (mut lo, mut hi) = (0, v.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if v[mid] <= *x { lo = mid + 1 } else { hi = mid }
    }
    lo
}

fn isqrt(n: u64) -> u64 {
    let (mut lo, mut hi) = (0u64, n.min(1 << 32) + 1);
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if mid * mid <= n { lo = mid } else { hi = mid }
    }
    lo
}

fn main() {
    let scores = vec![3, 5, 5, 5, 8, 13, 13, 21];
    for x in [0, 5, 6, 13, 21, 30] {
        let lb = lower_bound(&scores, &x);
        let ub = upper_bound(&scores, &x);
        let pp = scores.partition_point(|&s| s < x);
        let found = match scores.binary_search(&x) {
            Ok(_) => "found".to_string(),
            Err(at) => format!("insert at {}", at),
        };
        println!("x={:>2}: lower {} upper {} count {} pp {} {}", x, lb, ub, ub - lb, pp, found);
    }
    let names = ["ada", "bob", "carl", "dora", "eve"];
    println!("'c' starts at {}", lower_bound(&names, &"c"));
    println!("'carl' ends at {}", upper_bound(&names[..], &"carl"));
    let temps = [-3.5, -1.0, 0.0, 2.25, 7.5];
    println!("first non-negative temp at {}", lower_bound(&temps, &0.0));
    let roots: Vec<u64> = [0, 1, 15, 16, 17, 1_000_000, 999_999_999_999].iter().map(|&n| isqrt(n)).collect();
    println!("isqrt: {:?}", roots);
    let mut sorted: Vec<i32> = Vec::new();
    for x in [7, 1, 9, 4, 4, 0, 12] {
        let at = sorted.partition_point(|&y| y <= x);
        sorted.insert(at, x);
    }
    println!("insertion by bound: {:?}", sorted);
    let by_key = [(1, 'a'), (3, 'b'), (3, 'c'), (9, 'd')];
    println!("binary_search_by_key(9): {:?}", by_key.binary_search_by_key(&9, |p| p.0));
    println!("binary_search_by(4): {:?}", by_key.binary_search_by(|p| p.0.cmp(&4)));
}
