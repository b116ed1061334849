import { useState } from 'react';
import { COPY_REFUSED, copyText } from '../../components/download';
import { MessageSlot } from '../../components/message-slot';
import { jobPostText, jobPosts, type Bank, type Evaluation } from '../../engine';

/** One job-post starter per role in the plan, each with its own copy button. On screen only: the Markdown summary carries them, and the printout stays within two pages. */
export function JobPosts({ bank, evaluation }: { bank: Bank; evaluation: Evaluation }) {
  const posts = jobPosts(bank, evaluation);
  const [message, setMessage] = useState('');
  return (
    <div className="job-post">
      <p className="muted">A draft to adapt: add your company, your team, where you work and how.</p>
      {posts.map((post) => (
        <article key={post.role} aria-labelledby={`post-${post.role}`}>
          <h3 id={`post-${post.role}`}>{post.title}</h3>
          <blockquote>
            <p>
              <strong>About the role.</strong> {post.about}
            </p>
            <p>
              <strong>What you will do:</strong> {post.duties.join('; ')}.
            </p>
            <p>
              <strong>What you bring:</strong> {post.skills.join('; ')}.
            </p>
          </blockquote>
          <button
            type="button"
            className="button small no-print"
            onClick={() =>
              void copyText(jobPostText(post)).then((copied) =>
                setMessage(copied ? `The ${post.title} post is copied.` : COPY_REFUSED),
              )
            }
          >
            Copy the {post.title} post
          </button>
        </article>
      ))}
      <MessageSlot role="status">{message}</MessageSlot>
    </div>
  );
}
