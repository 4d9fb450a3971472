// The index of the smallest job is computed from a shared borrow, then used to remove it.
fn main() {
    let mut jobs = vec![("build", 7), ("test", 3), ("lint", 5)];
    while !jobs.is_empty() {
        let idx = jobs.iter().enumerate().min_by_key(|(_, j)| j.1).map(|(i, _)| i).unwrap();
        let job = jobs.swap_remove(idx);
        println!("run {} ({})", job.0, job.1);
    }
}
