// OOP-style state pattern with Box<dyn State> and self: Box<Self> methods, plus enum alternative.
trait State {
    fn request_review(self: Box<Self>) -> Box<dyn State>;
    fn approve(self: Box<Self>) -> Box<dyn State>;
    fn content<'a>(&self, _post: &'a Post) -> &'a str {
        ""
    }
    fn name(&self) -> &'static str;
}

struct Draft;
struct PendingReview;
struct Published;

impl State for Draft {
    fn request_review(self: Box<Self>) -> Box<dyn State> {
        Box::new(PendingReview)
    }
    fn approve(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn name(&self) -> &'static str {
        "draft"
    }
}

impl State for PendingReview {
    fn request_review(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn approve(self: Box<Self>) -> Box<dyn State> {
        Box::new(Published)
    }
    fn name(&self) -> &'static str {
        "pending"
    }
}

impl State for Published {
    fn request_review(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn approve(self: Box<Self>) -> Box<dyn State> {
        self
    }
    fn content<'a>(&self, post: &'a Post) -> &'a str {
        &post.content
    }
    fn name(&self) -> &'static str {
        "published"
    }
}

pub struct Post {
    state: Option<Box<dyn State>>,
    content: String,
}

impl Post {
    fn new() -> Post {
        Post { state: Some(Box::new(Draft)), content: String::new() }
    }
    fn add_text(&mut self, text: &str) {
        self.content.push_str(text);
    }
    fn content(&self) -> &str {
        self.state.as_ref().unwrap().content(self)
    }
    fn step(&mut self, approve: bool) {
        if let Some(s) = self.state.take() {
            self.state = Some(if approve { s.approve() } else { s.request_review() });
        }
        println!("now {}", self.state.as_ref().unwrap().name());
    }
}

fn main() {
    let mut post = Post::new();
    post.add_text("I ate a salad for lunch today");
    println!("[{}]", post.content());
    post.step(true);
    post.step(false);
    println!("[{}]", post.content());
    post.step(true);
    println!("[{}]", post.content());
}
