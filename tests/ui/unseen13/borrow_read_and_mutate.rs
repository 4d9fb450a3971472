// Shared borrows for reading, a mutable borrow for changing, never both at once.
fn total(values: &[i32]) -> i32 {
    values.iter().sum()
}

fn largest(values: &[i32]) -> Option<&i32> {
    values.iter().max()
}

fn double_all(values: &mut Vec<i32>) {
    for v in values.iter_mut() {
        *v *= 2;
    }
    values.push(0);
}

fn reset_negative(values: &mut [i32]) -> usize {
    let mut count = 0;
    for v in values {
        if *v < 0 {
            *v = 0;
            count += 1;
        }
    }
    count
}

fn main() {
    let mut data = vec![3, -1, 4, -1, 5];
    let r1 = &data;
    let r2 = &data;
    println!("total {} and largest {:?}", total(r1), largest(r2));
    double_all(&mut data);
    println!("doubled {:?} cap {}", data, data.capacity());
    let fixed = reset_negative(&mut data);
    println!("reset {} -> {:?}", fixed, data);
    {
        let first = &mut data[0];
        *first += 100;
    }
    println!("first {}", data[0]);
    let last = data.last().copied();
    println!("last {:?}", last);
}
