// An unlabelled `break` inside a loop or a closure that is itself inside a labelled block targets that inner loop (no E0695).
fn main() {
    let mut found = 0;
    let r = 'search: {
        for i in 1..10 {
            if i * i > 20 {
                found = i;
                break;
            }
        }
        let first_even = || {
            let mut k = 1;
            loop {
                if k % 2 == 0 {
                    break k;
                }
                k += 1;
            }
        };
        if found > 0 {
            break 'search found + first_even();
        }
        0
    };
    let mut n = 0;
    'outer: loop {
        'step: {
            if n >= 3 {
                break 'outer;
            }
            n += 1;
            break 'step;
        }
    }
    println!("{r} {n}");
}
